import type { Metadata } from "next";
import Link from "next/link";
import { accountText } from "@/lib/account/text";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{accountText.deletion.done}</h1>
      <p>
        <Link href="/" className="text-blue-800 underline">
          Back to the debates
        </Link>
      </p>
    </div>
  );
}
