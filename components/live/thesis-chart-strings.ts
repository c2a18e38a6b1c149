/** The thesis chart's words, in one place for the coming translation (issue 12 item 1). */
export const chartStrings = {
  title: "Thesis score over time",
  ranges: { hour: "Last hour", day: "Last day", all: "All" },
  rangeLabel: "Time range",
  ownLine: "This room",
  classLine: "This class",
  publicLine: "Public",
  svgLabel: "Thesis score chart, 0 to 100; use the arrow keys to read each change",
  utc: "UTC",
  since: { hour: "an hour ago", day: "a day ago", all: "the start" },
  readout: (score: number, time: string) => `${Math.round(score)} at ${time}`,
  summary: (now: number, change: number, since: string, low: number, high: number) =>
    `Thesis score ${Math.round(now)}, ${
      change === 0 ? "unchanged" : `${change > 0 ? "up" : "down"} ${Math.abs(change)}`
    } since ${since}; range ${Math.round(low)}–${Math.round(high)}`,
};
