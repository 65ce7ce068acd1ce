// Contract (owned by the compare stage; filled in by issue 6 work):
//   compareStory(story: Story, articles: readonly Article[], options?): ComparedStory
//   where ComparedStory = Omit<StoryReport, 'headline' | 'summary' | 'loaded'>
export {};
