import { CachedPageLayout } from "@/components/cached-page-layout";
import { siteMetadata, siteViewport } from "@/components/site-metadata";
import "@/app/globals.css";

export const generateMetadata = siteMetadata;
export const viewport = siteViewport;

/** The root layout of a cached debate page (a class room's shell, decision 0028). */
export default CachedPageLayout;
