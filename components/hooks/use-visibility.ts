import { useEffect, useRef } from 'react';

interface VisibilityEntry extends IntersectionObserverEntry {
  /** IntersectionObserver v2: false when the frame is covered, transparent, filtered or transformed. */
  isVisible?: boolean;
}

/**
 * Whether this framed page is really visible to the manager right now, as the browser judges it
 * (IntersectionObserver v2 `trackVisibility`, the standard defence against clickjacking of framed UI):
 * a host page that covers the panel, makes it transparent or moves it off screen gets `false`, and the
 * panel then refuses to act. Where the browser has no v2 (Firefox), it falls back to plain
 * intersection: on screen, in a visible tab.
 */
export function useReallyVisible(target: () => Element | null): () => boolean {
  const visible = useRef(false);
  useEffect(() => {
    const element = target();
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1) as VisibilityEntry | undefined;
        if (!entry) return;
        visible.current = entry.isIntersecting && entry.isVisible !== false;
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return () => visible.current && document.visibilityState === 'visible';
}
