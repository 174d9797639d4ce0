import { scratchDatabase } from "@/tests/support/app-server";
const db = await scratchDatabase("toolmatch_prof10k", 10000);
console.log(db.url);
