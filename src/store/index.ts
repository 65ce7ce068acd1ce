// Contract (owned by the store; filled in by issue 2 work): see src/store/store.ts once written.
export {};
