// The one thing carried over the reload after an address change: Settings reopens and says so.

import { reloadForAddress, takeAddressChange } from "../../src/taskpane/reopen-settings";

it("reloads, then reports the change once", () => {
  const reload = jest.fn();
  reloadForAddress({ url: "https://proxy.office.example", keyForgotten: true }, reload);
  expect(reload).toHaveBeenCalledTimes(1);
  expect(takeAddressChange()).toEqual({ url: "https://proxy.office.example", keyForgotten: true });
  expect(takeAddressChange()).toBeNull();
});

it("ignores anything else in its place", () => {
  sessionStorage.setItem("adminpulse.addressChanged", '{"url":1}');
  expect(takeAddressChange()).toBeNull();
  sessionStorage.setItem("adminpulse.addressChanged", "{broken");
  expect(takeAddressChange()).toBeNull();
});
