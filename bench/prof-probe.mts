import { scratchDatabase } from "@/tests/support/app-server";
const db = await scratchDatabase("toolmatch_prof_probe");
console.log(db.url);
