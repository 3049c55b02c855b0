/** `npm run seed`: creates the demo family (parent, two children) if the database has no parents. */
import { closeDb, getDb } from "@/db/client";
import { describeDemo, isEmpty, seedDemo } from "@/lib/demo/seed";

const db = await getDb();
if (await isEmpty(db)) {
  const { familyCode } = await seedDemo(db);
  console.log(describeDemo(familyCode));
} else {
  console.log("The database already has families; the demo seed was skipped.");
}
await closeDb();
