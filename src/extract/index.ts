// Contract (owned by the extract stage; filled in by issue 3 work):
//   extractArticle(input: RawInput, options?: ExtractOptions): Article
//     -> text, paragraphs, removed, title, byline, published(+Source/Confidence), modified, outlet(+Source), domain,
//        lang, url/canonicalUrl, diagnostics. Never throws on content problems (diagnostics instead).
//   decodeBytes(bytes: Uint8Array, options?: { contentType?: string; source?: string }):
//     { text: string; encoding: NonNullable<RawInput['encoding']> }   (throws InputError for binary input)
export {};
