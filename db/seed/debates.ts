import { aiDollar } from "./ai-dollar";
import type { SeedDebate } from "./types";

export const seedDebates: SeedDebate[] = [aiDollar];

export const paragraphId = (slug: string, position: number) => `${slug}-p${position}`;
export const publicRoomId = (slug: string) => `${slug}-public`;
