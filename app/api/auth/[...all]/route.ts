import { auth } from "@/lib/auth/auth";

// The auth library's HTTP endpoints (sign-in, sign-out, session), with its rate limiting.
// The instance is made on the first request, so builds need neither database nor secret.
export async function GET(request: Request) {
  return auth().handler(request);
}

export async function POST(request: Request) {
  return auth().handler(request);
}
