// Filled in by the Neo4j work (issue 3): start the embedded Neo4j if Bolt does not answer.
export default async function setup(): Promise<void> {}
