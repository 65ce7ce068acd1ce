// Contract (owned by the server; filled in by issue 2 work):
//   createApp(store: Store): Hono; startServer(store, { port, host }): Promise<{ url, close() }>
//   renderReportPage(report: StoryReport): string  (one self-contained HTML page; article text escaped)
export {};
