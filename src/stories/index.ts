// Contract (owned by the stories stage; filled in by issue 5 work):
//   createStoryIndex(options?: StoryIndexOptions): StoryIndex
//   StoryIndex.add(article: Article): Assignment; stories(): Story[]; merges(): StoryMerge[]; resolve(id): string
//   clusterArticles(articles: readonly Article[], options?): { assignments: Assignment[]; stories: Story[] }
export {};
