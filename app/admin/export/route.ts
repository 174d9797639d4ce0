import { NextResponse, type NextRequest } from "next/server";
import { exportCatalogueFile } from "@/lib/admin/catalogue/file-format";
import { hasRole } from "@/lib/auth/policy";
import { sessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { today } from "@/lib/dates";

/** The whole catalogue as one JSON file in the seed format (see lib/admin/catalogue/file-format.ts). */
export async function GET(request: NextRequest) {
  const user = await sessionUser(request.headers);
  if (!user) return NextResponse.json({ error: "sign in first" }, { status: 401 });
  if (!hasRole(user, "editor")) return NextResponse.json({ error: "needs the editor role" }, { status: 403 });
  const text = await exportCatalogueFile(db());
  const date = today();
  return new NextResponse(text, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="toolmatch-catalogue-${date}.json"`,
      "cache-control": "no-store",
    },
  });
}
