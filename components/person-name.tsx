import { useTranslations } from "next-intl";
import { isFormerMember, type Identity } from "@/lib/access/identity";

/**
 * An author's name as the reader may see it, as text (for a label): a name (or a class
 * pseudonym) as written; "former member" in the reader's language. Works in server components
 * and in client islands ("client" is in every island's messages).
 */
export function usePersonName(): (person: Identity) => string {
  const t = useTranslations("client");
  return (person) => (isFormerMember(person) ? t("formerMember") : person.name);
}

/** An author's name in the page: a name is nobody's words to translate; "former member" is ours. */
export function PersonName({ person }: { person: Identity }) {
  const nameOf = usePersonName();
  return isFormerMember(person) ? nameOf(person) : <span translate="no">{person.name}</span>;
}
