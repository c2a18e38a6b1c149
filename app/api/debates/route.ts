import { NextResponse } from "next/server";
import { listDebates } from "@/lib/debates";
import { route } from "@/lib/http";

export const GET = route(async () => NextResponse.json({ debates: await listDebates() }));
