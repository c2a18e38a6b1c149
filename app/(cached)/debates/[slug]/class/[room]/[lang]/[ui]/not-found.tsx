import { DocumentNotFound } from "@/components/document-not-found";

/** An unknown debate or room: this root layout leaves the document to its page, so this renders one. */
export default DocumentNotFound;
