import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-stone-700">There is no debate or claim at this address.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-stone-800 px-4 py-2 text-white">
        See all debates
      </Link>
    </div>
  );
}
