// What the pane offers after a failure: the one action that helps, or none.

import {
  BadRequestError,
  CancelledError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
  UnexpectedResponseError,
} from "../../src/adminpulse";
import { syncErrors } from "../../src/sync/errors";
import { describeError, paneErrors } from "../../src/taskpane/pane-errors";

describe("the pane's action after a failure", () => {
  it.each([
    ["no key yet", paneErrors.noKey(), "settings"],
    ["a refused key", new InvalidTokenError("", 401), "settings"],
    ["a request refused as invalid (a wrong address, often)", new BadRequestError("", 400), "settings"],
    ["an answer far too large (a wrong address, often)", new UnexpectedResponseError("", 200, "too-large"), "settings"],
    ["an answer of the wrong shape", new UnexpectedResponseError("", 200), null],
    ["rate limited", new RateLimitedError("", null), "retry"],
    ["AdminPulse down", new UnavailableError("", "server-error", 503), "retry"],
    ["a company AdminPulse does not have", new NotFoundError("", "0566988259"), null],
    ["Excel failed", syncErrors.excel("GeneralException"), "retry"],
    ["a cell being edited, in an Excel that does not wait for it", syncErrors.cellEditMode(), "retry"],
    ["a table in the way", syncErrors.tableOverlap(), null],
    ["a link to confirm (after the ribbon): syncing from the pane asks", syncErrors.linkNotConfirmed("0566.988.259", null), "retry"],
    ["a re-pointed link: the number must be typed", syncErrors.linkMisdirected("name-elsewhere"), null],
    ["something unexpected", new Error("boom"), "retry"],
  ])("%s", (_name, error, action) => {
    expect(describeError(error, "en")).toMatchObject({ action, cancelled: false });
  });

  it("a cancel is quiet, with no action", () => {
    expect(describeError(new CancelledError(), "fr")).toEqual({
      title: "Synchronisation annulée",
      message: "Rien n’a été modifié dans le classeur.",
      action: null,
      cancelled: true,
    });
  });
});
