// @open-wc/semantic-dom-diff imports snapshot commands of web-test-runner, which vitest does
// not have. The project doesn't use DOM snapshots; these stubs make that explicit.
export async function getSnapshotConfig(): Promise<{ updateSnapshots: boolean }> {
  return { updateSnapshots: false };
}
export async function getSnapshot(): Promise<undefined> {
  return undefined;
}
export async function saveSnapshot(): Promise<void> {
  throw new Error("DOM snapshots are not used in this project");
}
