/** What a parent types to confirm deleting the whole family account (client-safe). */
export const FAMILY_DELETE_PHRASE = "delete our family";
