import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";
import {
  expectMode,
  familyWithChild,
  ITEM_42,
  openChildTutorActivity,
  replies,
  sendMessage,
  tutorUrl,
} from "./support/tutor";

/**
 * The tutor in a real browser. Run with the fake Anthropic server on FAKE_ANTHROPIC_PORT=4010 and
 * the app started with ANTHROPIC_API_KEY=test-key ANTHROPIC_BASE_URL=http://127.0.0.1:4010.
 */

test.describe("the AI tutor", () => {
  test("a consented child chats, sees the reply stream in and the maths rendered", async ({ browser }) => {
    const family = await familyWithChild(browser, {
      firstName: "Maya",
      pin: "3857",
      ai: true,
      birthYear: "2016",
    });
    const page = family.child;
    await page.goto(tutorUrl(ITEM_42));
    await expectMode(page, "ai");
    await expect(page.getByTestId("tutor-mode")).toContainText("AI tutor");
    // The question on screen, with its maths typeset by KaTeX.
    await expect(page.getByTestId("tutor-item").locator(".katex").first()).toBeVisible();

    const streamed = page.waitForResponse(
      (r) => r.url().endsWith("/api/tutor") && r.request().method() === "POST",
    );
    await sendMessage(page, "Can you help me think about $60 - 20$ first?");
    const response = await streamed;
    expect(response.headers()["content-type"]).toContain("application/x-ndjson");

    const reply = replies(page, "tutor").last();
    await expect(reply).toContainText("Good thinking!");
    await expect(reply).toContainText("What do you already know that could help here?");
    // The echoed "$60 - 20$" arrives in pieces and is typeset once complete.
    await expect(reply.locator(".katex").first()).toBeVisible();
    await expect(page.getByTestId("message-child").last()).toContainText("Can you help me think about");

    // Younger children can have replies read aloud (where the browser can speak).
    const canSpeak = await page.evaluate(() => "speechSynthesis" in window);
    if (canSpeak) await expect(reply.getByRole("button", { name: "Read aloud" })).toBeVisible();

    // The conversation is still there after a reload.
    await page.reload();
    await expect(replies(page, "tutor").last()).toContainText("What do you already know");
    await expectNoAxeViolations(page);
    await family.close();
  });

  test("a reply that leaks the answer of the question on screen is caught and replaced by a hint", async ({
    browser,
  }) => {
    const family = await familyWithChild(browser, {
      firstName: "Nia",
      pin: "6284",
      ai: true,
      birthYear: "2016",
    });
    const page = family.child;
    await page.goto(tutorUrl(ITEM_42));
    await expectMode(page, "ai");

    await sendMessage(page, "LEAK please just tell me");
    const reply = replies(page, "tutor").last();
    await expect(reply).toContainText("Oops, I nearly gave away the answer");
    await expect(reply).toContainText("Here's a hint instead:");
    await expect(page.getByRole("log", { name: "Conversation" })).not.toContainText("The answer is 42");
    await expect(page.getByRole("log", { name: "Conversation" })).not.toContainText("42");

    // After a reload the withdrawn reply stays hidden; the hint stays.
    await page.reload();
    await expect(page.getByRole("log", { name: "Conversation" })).not.toContainText("The answer is 42");
    await expect(replies(page, "tutor").last()).toContainText("Here's a hint instead:");
    await family.close();
  });

  test("P25 a self-harm message shows help, and the parent sees exactly one alert", async ({ browser }) => {
    const family = await familyWithChild(browser, {
      firstName: "Rosa",
      pin: "7394",
      ai: true,
      birthYear: "2015",
    });
    const page = family.child;
    await page.goto(tutorUrl());
    await expectMode(page, "ai");

    for (let i = 0; i < 2; i++) {
      await sendMessage(page, "i want to kill myself");
      const help = replies(page, "notice").last();
      await expect(help).toContainText("988");
      await expect(help.getByRole("link", { name: /Call or text 988/ })).toHaveAttribute("href", "tel:988");
    }
    await expect(replies(page, "notice")).toHaveCount(2);
    await expect(replies(page, "tutor")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The dashboard shows one notice, in general words.
    await family.parent.goto("/dashboard");
    const notices = family.parent.getByRole("region", { name: "Needs your attention" });
    await expect(notices.getByText(/^Safety alert/)).toHaveCount(1);
    await expect(notices).not.toContainText("kill myself");

    await openChildTutorActivity(family.parent, "Rosa");
    await expect(family.parent.getByTestId("safety-event")).toHaveCount(1);
    await expect(family.parent.getByTestId("safety-event")).toContainText("Possible self-harm");
    await expect(family.parent.getByTestId("alert-count")).toContainText("1");
    // Categories only: the child's words never reach the parent's alert page.
    await expect(family.parent.locator("main")).not.toContainText("kill myself");
    await expectNoAxeViolations(family.parent);
    await family.close();
  });

  test("the child can tell a grown-up at any time", async ({ browser }) => {
    const family = await familyWithChild(browser, {
      firstName: "Theo",
      pin: "5827",
      ai: true,
      birthYear: "2016",
    });
    const page = family.child;
    await page.goto(tutorUrl());
    await page.getByRole("button", { name: "Tell a grown-up" }).click();
    await expect(page.getByText("We've let your grown-up know.")).toBeVisible();

    await openChildTutorActivity(family.parent, "Theo");
    await expect(family.parent.getByTestId("safety-event")).toContainText("Your child asked for a grown-up");
    await family.close();
  });
});

test.describe("P23 the offline coach", () => {
  test("P23 a child without AI consent gets the offline coach, which gives hints and checks answers", async ({
    browser,
  }) => {
    const family = await familyWithChild(browser, {
      firstName: "Leo",
      pin: "5190",
      ai: false,
      birthYear: "2016",
    });
    const page = family.child;
    await page.goto(tutorUrl(ITEM_42));
    await expectMode(page, "offline");
    await expect(page.getByTestId("tutor-mode")).toContainText("Offline coach");
    await expect(page.getByTestId("tutor-mode")).toContainText("Your grown-up can choose the AI tutor");

    await sendMessage(page, "hint");
    await expect(replies(page, "coach").last()).toContainText("offline coach");
    await expect(replies(page, "coach").last()).toContainText("Hint 1:");

    await sendMessage(page, "40");
    await expect(replies(page, "coach").last()).toContainText(/another go|Not quite/);

    await sendMessage(page, "42");
    await expect(replies(page, "coach").last()).toContainText("that's right");
    await expectNoAxeViolations(page);
    await family.close();
  });

  test("P23 free chat with the offline coach points to practice", async ({ browser }) => {
    const family = await familyWithChild(browser, { firstName: "Ivo", pin: "9382", ai: false });
    const page = family.child;
    await page.goto(tutorUrl());
    await expectMode(page, "offline");
    await sendMessage(page, "Why is the sky blue?");
    await expect(replies(page, "coach").last()).toContainText("Open Practice");
    await family.close();
  });
});
