/**
 * The privacy promises of PRODUCT.md §3, as data: the privacy policy and /trust render them,
 * and every test that proves one names its id.
 */
export interface PrivacyPromise {
  id: string;
  text: string;
}

export const PRIVACY_PROMISES: readonly PrivacyPromise[] = [
  {
    id: "P1",
    text: "Children never create accounts; a child is a profile inside a parent's family. Only parents authenticate with the auth provider.",
  },
  {
    id: "P2",
    text: "Children sign in with a family code and a numeric PIN set by the parent; no child email, username or password exists anywhere.",
  },
  {
    id: "P3",
    text: "Every COPPA-relevant action (parent account creation, child profile creation or change, data access by a parent or admin, export, deletion, restore, purge, consent change) is written to an immutable, tamper-evident audit trail: the database refuses UPDATE and DELETE on it, and each entry carries the hash of the previous one so that tampering is detectable by a verify command and in the admin viewer.",
  },
  {
    id: "P4",
    text: "A child profile holds only first name, birth year, learning style and a bcrypt PIN hash. Every column of every table that holds child data is listed in a data dictionary with its purpose and retention; a test fails when a column is added without an entry.",
  },
  { id: "P5", text: "Assessment results are encrypted with AES-256-GCM at rest." },
  {
    id: "P6",
    text: "Tutor chat transcripts are encrypted with AES-256-GCM at rest. Ciphertexts carry a key id (rotation without downtime) and are bound to their row (a ciphertext copied to another row fails to decrypt).",
  },
  {
    id: "P7",
    text: "Learning data kept: skill mastery and its history, assessment results, session duration and activity, spaced-repetition schedule. Nothing else about the child is collected.",
  },
  {
    id: "P8",
    text: "AI token usage (input, output, cache) is recorded per child, per subject and per purpose (tutoring, grading, question generation, safety, summaries).",
  },
  {
    id: "P9",
    text: "Error reports carry no PII: Sentry runs with `sendDefaultPii: false`, and request bodies, cookies, auth headers, query strings and user fields are stripped before sending. Application logs never contain child names, PINs, messages or tokens.",
  },
  {
    id: "P10",
    text: "Uploaded curriculum files (PDF, DOCX, text, images) are stored encrypted; their extracted text grounds the tutor's instruction.",
  },
  {
    id: "P11",
    text: "The AI provider receives only the child's first name (which the parent can switch off), learning context and conversation content; never a family code, email, birth year (only an age band) or another child's data.",
  },
  {
    id: "P12",
    text: "Email goes to parents only and carries no child information: notification emails say what happened in general words and link to the signed-in dashboard.",
  },
  {
    id: "P13",
    text: "Behavioural analytics (Microsoft Clarity), when configured, load only on public marketing pages, never on authenticated, child or admin pages.",
  },
  {
    id: "P14",
    text: "Rate limits: 15 requests/minute per child or parent on AI endpoints, 60/minute on everything else; limits hold across server instances.",
  },
  { id: "P15", text: "Request bodies over 50 KB are refused (uploads have their own limit and path)." },
  { id: "P16", text: "Sessions expire after 8 hours, and a parent can end a child's sessions at once." },
  {
    id: "P17",
    text: "No one can read or change another family's data (IDOR): every route and action is tested with foreign ids.",
  },
  { id: "P18", text: "Database connections outside localhost require TLS." },
  {
    id: "P19",
    text: "Deleting a child starts a 30-day grace period: the data is hidden and inaccessible at once, restorable by the parent, and permanently purged after 30 days (profile, learning data, mastery, assessments, transcripts, sessions, reviews, usage, uploads). Deleting the family does the same for all children and family data. Audit entries remain, holding no child content.",
  },
  {
    id: "P20",
    text: "A parent can, from the dashboard: see all data held about each child, export it (JSON and PDF), edit the profile, delete any or all children, control notifications (safety alerts cannot be switched off), set worldview and content filters, and review and delete uploads.",
  },
  { id: "P21", text: "Only essential cookies are set for authentication and sessions." },
  {
    id: "P22",
    text: "A material change to the privacy policy is versioned and parents are notified by email at least 30 days before it takes effect.",
  },
  {
    id: "P23",
    text: "The AI tutor is used by a child only after the parent's explicit, recorded consent; without it the child gets the offline coach. The child can see the consent state and what their parent can see and has viewed.",
  },
  {
    id: "P24",
    text: "Child-facing design avoids detrimental patterns: no streak-loss pressure, no peer comparison or percentiles, no notifications or prompts in quiet hours (21:00–07:00 family local time) except safety.",
  },
  {
    id: "P25",
    text: "The tutor's input and output are screened before display: self-harm, abuse disclosure, sexual content, personal-information sharing (address, phone, school, full name). A flagged exchange shows the child age-appropriate help (including crisis lines) and sends the parent a safety alert.",
  },
];
