import { describe, expect, it } from "vitest";
import { isoToZoned, zonedToIso } from "./zoned-time";

describe("wall-clock time in a zone", () => {
  it("gives the zone's offset, across daylight saving", () => {
    expect(zonedToIso("2030-06-01T12:00", "Asia/Taipei")).toBe("2030-06-01T12:00:00+08:00");
    expect(zonedToIso("2030-01-15T09:30", "Europe/London")).toBe("2030-01-15T09:30:00+00:00");
    expect(zonedToIso("2030-07-15T09:30", "Europe/London")).toBe("2030-07-15T09:30:00+01:00");
    expect(zonedToIso("2030-07-15T09:30", "America/New_York")).toBe("2030-07-15T09:30:00-04:00");
    expect(zonedToIso("2030-07-15T09:30", "Asia/Kolkata")).toBe("2030-07-15T09:30:00+05:30");
  });

  it("reads an instant back as the same wall-clock time", () => {
    for (const zone of ["Asia/Taipei", "America/New_York", "UTC"]) {
      expect(isoToZoned(zonedToIso("2030-03-10T23:45", zone), zone)).toBe("2030-03-10T23:45");
    }
  });
});
