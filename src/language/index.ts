// Contract (owned by the language stage; filled in by issue 4 work):
//   splitSentences(text: string, paragraphs?: readonly Paragraph[]): Sentence[]
//   analyzeLanguage(article: Article, options?: LanguageOptions): Article
//     -> sentences, entities (with mentions and labels), quotes, credits, dates, lang
export {};
