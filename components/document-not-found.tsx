import { getLocale } from "next-intl/server";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteDocument } from "@/components/site-document";

/**
 * "This page does not exist" as a whole document, for the pages that render their document
 * themselves: the cached debate pages (whose root layouts leave it to the page) and URLs no
 * route matches. In the page's interface language when it named one, else the request's.
 */
export async function DocumentNotFound() {
  return (
    <SiteDocument locale={await getLocale()}>
      <NotFoundMessage />
    </SiteDocument>
  );
}
