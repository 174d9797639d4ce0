export async function benchScale(_port: number, _tools: number): Promise<boolean> {
  throw new Error("not yet");
}
