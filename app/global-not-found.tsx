import type { Metadata } from "next";
import { DocumentNotFound } from "@/components/document-not-found";
import "./globals.css";

export const metadata: Metadata = { title: "404 · Agora" };

/**
 * A URL no route matches. With a root layout per group (app/(site), app/(cached)) there is no
 * layout above every route, so this page renders the whole document itself (Next's
 * `global-not-found`, next.config.ts `experimental.globalNotFound`).
 */
export default DocumentNotFound;
