/**
 * A topic page opened directly: main.tsx loads its body before the first render, and the page
 * then shows whole at once (no "Loading the text…" in between) without loading it again.
 */
import { render, waitFor } from "@testing-library/react";
import type { TopicBody } from "../../../src/curriculum/types";
import { AppProviders } from "../../../src/ui/app-shell";
import { type LoadedTopicBody, useTopicBody } from "../../../src/ui/topic/use-topic-body";
import { createTestServices } from "../render-app";

const body: TopicBody = { id: "calculus", lang: "en", html: "<p>Limits first.</p>", resources: [] };

function Probe({ seen }: { seen: LoadedTopicBody[] }) {
  seen.push(useTopicBody("calculus", "en"));
  return null;
}

describe("a body already loaded", () => {
  it("is there in the first render and is not loaded again", () => {
    const { services } = createTestServices({ lang: "en" });
    const loadTopicBody = vi.fn(services.loadTopicBody);
    const seen: LoadedTopicBody[] = [];
    render(
      <AppProviders
        services={{
          ...services,
          loadTopicBody,
          peekTopicBody: (id, lang) => (id === "calculus" && lang === "en" ? { body } : undefined),
        }}
      >
        <Probe seen={seen} />
      </AppProviders>,
    );
    expect(seen[0]).toMatchObject({ settled: true, state: { status: "ready", body } });
    expect(seen.every((result) => result.state.status === "ready")).toBe(true);
    expect(loadTopicBody).not.toHaveBeenCalled();
  });

  it("without one, the first render waits for the load", async () => {
    const { services } = createTestServices({ lang: "en" });
    const seen: LoadedTopicBody[] = [];
    render(
      <AppProviders services={{ ...services, peekTopicBody: () => undefined }}>
        <Probe seen={seen} />
      </AppProviders>,
    );
    expect(seen[0]).toMatchObject({ settled: false, state: { status: "loading" } });
    await waitFor(() => expect(seen.at(-1)?.state.status).toBe("ready"));
  });
});
