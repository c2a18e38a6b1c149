import { randomBytes, randomInt } from "node:crypto";

const ADJECTIVES = [
  "Amber",
  "Blue",
  "Brave",
  "Calm",
  "Clever",
  "Coral",
  "Quiet",
  "Golden",
  "Green",
  "Jade",
  "Keen",
  "Lucky",
  "Misty",
  "Noble",
  "Rapid",
  "Silver",
  "Sunny",
  "Swift",
  "Violet",
  "Wise",
];
const ANIMALS = [
  "Badger",
  "Crane",
  "Dolphin",
  "Falcon",
  "Fox",
  "Heron",
  "Ibis",
  "Koala",
  "Lynx",
  "Marten",
  "Otter",
  "Owl",
  "Panda",
  "Puffin",
  "Raven",
  "Robin",
  "Seal",
  "Swan",
  "Tiger",
  "Wren",
];
const WORDS = [
  "apple",
  "river",
  "stone",
  "cloud",
  "maple",
  "tiger",
  "ocean",
  "lamp",
  "forest",
  "pearl",
  "bridge",
  "comet",
  "garden",
  "harbor",
  "island",
  "meadow",
  "orbit",
  "planet",
  "quartz",
  "rocket",
  "signal",
  "tulip",
  "valley",
  "window",
];

const pick = <T>(list: readonly T[]) => list[randomInt(list.length)]!;

/** A stable classroom pseudonym such as "Swift Heron 12" (unique within the class by caller). */
export const pseudonym = () => `${pick(ADJECTIVES)} ${pick(ANIMALS)} ${randomInt(10, 100)}`;

/** A membership's public id in an anonymous class: random, so it links to nothing. */
export const publicId = () => randomBytes(12).toString("hex");

/** A one-time password a student can type from a printout: "river-comet-4821-maple". */
export const oneTimePassword = () =>
  `${pick(WORDS)}-${pick(WORDS)}-${randomInt(1000, 10000)}-${pick(WORDS)}`;

/** A join code without look-alike characters (no 0/O, 1/I/L). */
export function joinCode(length = 8): string {
  const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
}

/** A username from a student's name: "Mei-Lin Chen" → "mei-lin-chen-4821". Non-Latin names fall back to "student". */
export function usernameFrom(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 20);
  return `${base || "student"}-${randomInt(1000, 10000)}`;
}
