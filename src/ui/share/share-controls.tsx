/**
 * The header's Share control: a "Share" button that opens a small panel with the share link
 * (copied at once) and the optional display name. It closes as every disclosure here does
 * (use-disclosure.ts). Export and Import file are in the header's menu (file-actions.tsx).
 */
import {
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { encodeShareCode } from "../../progress/share-codec";
import { useCurriculum, useDoneIds, useProgress } from "../app-context";
import { useAnnounce } from "../feedback/announce";
import { useI18n } from "../i18n";
import { useDisclosure } from "../use-disclosure";
import { type CopyState, ShareLinkBox } from "./share-link-box";
import { copyText, shareUrl } from "./share-link";
import "./share.css";

export function ShareControls() {
  const { t } = useI18n();
  const words = t.share.controls;
  const curriculum = useCurriculum();
  const done = useDoneIds();
  // Stable records: the link is rebuilt only when a mark changes.
  const known = useProgress((state) => state.known);
  const inProgress = useProgress((state) => state.inProgress);
  const announce = useAnnounce();
  const { open, setOpen, close, panelId, wrapperRef, wrapperProps, buttonProps } = useDisclosure();
  const [name, setName] = useState("");
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const panelRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const link = useMemo(
    () =>
      shareUrl(
        encodeShareCode(curriculum, done, name, {
          known: Object.keys(known),
          inProgress: Object.keys(inProgress),
        }),
      ),
    [curriculum, done, name, known, inProgress],
  );

  const copy = useCallback(
    async (text: string) => {
      const copied = await copyText(text);
      setCopyState(copied ? "copied" : "refused");
      if (!copied) {
        // The fallback: the whole link selected, ready for the keyboard shortcut.
        linkRef.current?.focus();
        linkRef.current?.select();
      }
      announce(copied ? words.copied : words.copyRefused);
    },
    [announce, words],
  );

  const toggle = () => {
    if (open) {
      close(false);
      return;
    }
    setOpen(true);
    setCopyState("idle");
    void copy(link);
  };

  // Start at the link itself once the panel is shown, so it can be read or copied by hand.
  useEffect(() => {
    if (open) linkRef.current?.focus();
  }, [open]);

  useKeepInViewport(open, wrapperRef, panelRef);

  return (
    <div className="share-controls" {...wrapperProps}>
      <button {...buttonProps} className="share-button" onClick={toggle}>
        {words.share}
      </button>
      <div ref={panelRef} id={panelId} className="share-panel" hidden={!open}>
        {open && (
          <ShareLinkBox
            link={link}
            name={name}
            onName={(next) => {
              setName(next);
              setCopyState("idle");
            }}
            copyState={copyState}
            onCopy={() => void copy(link)}
            inputRef={linkRef}
          />
        )}
      </div>
    </div>
  );
}

/** Places the panel under the controls, shifted sideways so it never leaves the viewport. */
function useKeepInViewport(
  active: boolean,
  anchorRef: RefObject<HTMLElement | null>,
  panelRef: RefObject<HTMLElement | null>,
) {
  useLayoutEffect(() => {
    if (!active) return;
    const place = () => {
      const anchor = anchorRef.current;
      const panel = panelRef.current;
      if (!anchor || !panel) return;
      const margin = 8;
      const viewport = document.documentElement.clientWidth;
      const box = anchor.getBoundingClientRect();
      const width = panel.offsetWidth;
      // Right edges aligned when there is room; otherwise as far right as fits.
      const left = Math.max(margin, Math.min(box.right - width, viewport - margin - width));
      panel.style.left = `${Math.round(left - box.left)}px`;
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [active, anchorRef, panelRef]);
}
