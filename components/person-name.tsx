import { useTranslations } from "next-intl";
import { isFormerMember, type Identity } from "@/lib/access/identity";

/**
 * An author's name as the reader may see it: a name (or a class pseudonym) is nobody's words to
 * translate; "former member" is the interface's, in the reader's language. Works in server
 * components and in client islands ("client" is in every island's messages).
 */
export function PersonName({ person }: { person: Identity }) {
  const t = useTranslations("client");
  return isFormerMember(person) ? t("formerMember") : <span translate="no">{person.name}</span>;
}
