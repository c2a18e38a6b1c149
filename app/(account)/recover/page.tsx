import type { Metadata } from "next";
import { RecoverForm } from "@/components/account/recover-form";
import { accountText } from "@/lib/account/text";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function RecoverPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">{accountText.forgot.heading}</h1>
      <p className="mb-6 text-stone-700">{accountText.forgot.intro}</p>
      <RecoverForm />
    </div>
  );
}
