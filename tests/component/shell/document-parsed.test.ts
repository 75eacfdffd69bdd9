import { documentParsed } from "../../../src/ui/document-parsed";

describe("documentParsed", () => {
  afterEach(() => {
    // Back to jsdom's own (parsed) state.
    Reflect.deleteProperty(document, "readyState");
  });

  it("resolves at once for a document that is parsed", async () => {
    await expect(documentParsed(document)).resolves.toBeUndefined();
  });

  it("waits for DOMContentLoaded while the document is still being parsed", async () => {
    Object.defineProperty(document, "readyState", { value: "loading", configurable: true });
    let parsed = false;
    const waiting = documentParsed(document).then(() => {
      parsed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(parsed).toBe(false);
    document.dispatchEvent(new Event("DOMContentLoaded"));
    await waiting;
    expect(parsed).toBe(true);
  });
});
