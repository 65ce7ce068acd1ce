// Contract (owned by the summary stage; filled in by issue 7 work):
//   detectLoaded(article: Article): LoadedSpan[]       (uses article.quotes to give quoted words to the speaker)
//   scoreLoadedText(text: string): { loaded: boolean; score: number; spans: ... }
//   buildLoadedEntries(articles: readonly Article[]): LoadedEntry[]
//   summarizeStory(articles: readonly Article[], facts: readonly Fact[], options?: SummaryOptions):
//     { headline: CitedText; summary: CitedText[] }
export {};
