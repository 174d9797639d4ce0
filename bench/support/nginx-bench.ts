export async function benchNginx(_port: number, _options: { rounds: number; seconds: number; connections: number }): Promise<boolean> {
  throw new Error("not yet");
}
