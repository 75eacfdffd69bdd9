import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { Dialog } from "../../../src/ui/components/dialog";
import { useAnnounce } from "../../../src/ui/feedback/announce";
import { ProgressBar } from "../../../src/ui/components/progress-bar";
import { StateBadge } from "../../../src/ui/components/state-badge";
import { type ToastInput, useToast } from "../../../src/ui/feedback/toasts";
import { renderWithServices } from "../render-app";

function DialogHarness({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <Dialog
        open={open}
        title="Replace your progress?"
        onClose={() => {
          onClose();
          setOpen(false);
        }}
        actions={<button type="button">Confirm</button>}
      >
        <p>Three topics would change.</p>
      </Dialog>
    </>
  );
}

function ToastHarness({ toast }: { toast: ToastInput }) {
  const { show } = useToast();
  return (
    <button type="button" onClick={() => show(toast)}>
      Notify
    </button>
  );
}

function AnnounceHarness() {
  const announce = useAnnounce();
  return (
    <button type="button" onClick={() => announce("Saved.")}>
      Save
    </button>
  );
}

describe("Dialog", () => {
  it("opens named by its title and closes with the Close button or Escape", async () => {
    const onClose = vi.fn();
    const { user } = await renderWithServices(<DialogHarness onClose={onClose} />, { lang: "en" });
    expect(screen.queryByText("Three topics would change.")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Open" }));
    const dialog = screen.getByRole("dialog", { name: "Replace your progress?" });
    expect(within(dialog).getByText("Three topics would change.")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Confirm" })).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("Three topics would change.")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Open" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Confirm" }));
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe("Toasts", () => {
  it("runs an action, then hides the toast", async () => {
    const onClick = vi.fn();
    const toast = { message: "Ticked.", actions: [{ label: "Also tick B", onClick }] };
    const { user } = await renderWithServices(<ToastHarness toast={toast} />, { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Notify" }));
    await user.click(await screen.findByRole("button", { name: "Also tick B" }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("Ticked.")).not.toBeInTheDocument();
  });

  it("hides itself after its duration", async () => {
    const { user } = await renderWithServices(
      <ToastHarness toast={{ message: "Brief.", duration: 30 }} />,
      { lang: "en" },
    );
    await user.click(screen.getByRole("button", { name: "Notify" }));
    expect(await screen.findByText("Brief.")).toBeVisible();
    await waitFor(() => expect(screen.queryByText("Brief.")).not.toBeInTheDocument());
  });

  it("can be dismissed from the keyboard", async () => {
    const { user } = await renderWithServices(<ToastHarness toast={{ message: "Hello." }} />, {
      lang: "en",
    });
    await user.click(screen.getByRole("button", { name: "Notify" }));
    await user.click(await screen.findByRole("button", { name: "Dismiss notification" }));
    expect(screen.queryByText("Hello.")).not.toBeInTheDocument();
  });
});

describe("LiveAnnouncer", () => {
  it("keeps one polite status region and puts announcements in it", async () => {
    const { user } = await renderWithServices(<AnnounceHarness />, { lang: "en" });
    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status.textContent).toBe("");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByRole("status")).toHaveTextContent("Saved.");
  });
});

describe("StateBadge and ProgressBar", () => {
  it.each([
    ["done", false, "Done"],
    ["done", true, "Done (a prerequisite is not)"],
    ["available", false, "Available"],
    ["locked", false, "Locked"],
  ] as const)("state %s (unmet: %s) reads %j", async (state, unmet, text) => {
    await renderWithServices(<StateBadge state={state} doneWithUnmet={unmet} />, { lang: "en" });
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it("exposes the count as a value, not only as a width", async () => {
    await renderWithServices(<ProgressBar label="Basics" done={2} total={5} />, { lang: "zh" });
    const bar = screen.getByRole("progressbar", { name: "Basics" });
    expect(bar).toHaveAttribute("aria-valuenow", "2");
    expect(bar).toHaveAttribute("aria-valuemax", "5");
    expect(bar).toHaveAttribute("aria-valuetext", "2 / 5");
  });
});
