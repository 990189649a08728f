// Set-up of the component tests (jsdom + React Testing Library). Testing Library unmounts what a
// test rendered after each test by itself (jest's afterEach is global). Browser APIs that jsdom
// lacks and Fluent UI needs are shimmed here, and only those.

// Fluent's MessageBar watches its own width (to reflow its actions) with a ResizeObserver. jsdom
// lays nothing out, so an observer that never reports is faithful enough.
class NoLayoutResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = NoLayoutResizeObserver;
}

export {};
