// Filled in by the viewer work (issue 4): build the viewer bundle once for the e2e tests.
export default async function setup(): Promise<void> {}
