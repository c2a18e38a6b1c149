import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { AccountMenu } from "@/components/account/account-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Agora", template: "%s · Agora" },
  description:
    "Argue about a text with evidence, claim by claim, and see why a thesis stands or falls.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav
            aria-label="Site"
            className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3"
          >
            <Link href="/" className="text-lg font-bold tracking-tight text-stone-900">
              Agora
            </Link>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <Link href="/" className="text-sm text-stone-700 underline-offset-4 hover:underline">
                Debates
              </Link>
              <AccountMenu />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
