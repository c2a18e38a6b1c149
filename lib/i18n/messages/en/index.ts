import account from "./account.json";
import chart from "./chart.json";
import claim from "./claim.json";
import classes from "./classes.json";
import client from "./client.json";
import csv from "./csv.json";
import debate from "./debate.json";
import errors from "./errors.json";
import evidence from "./evidence.json";
import forms from "./forms.json";
import home from "./home.json";
import labels from "./labels.json";
import map from "./map.json";
import mind from "./mind.json";
import notifications from "./notifications.json";
import people from "./people.json";
import proposals from "./proposals.json";
import replies from "./replies.json";
import score from "./score.json";
import site from "./site.json";
import stand from "./stand.json";
import tree from "./tree.json";
import treeNav from "./treeNav.json";
import validation from "./validation.json";

/** One file per namespace (a page or an area); client islands are given only theirs. */
const messages = {
  account,
  chart,
  claim,
  classes,
  client,
  csv,
  debate,
  errors,
  evidence,
  forms,
  home,
  labels,
  map,
  mind,
  notifications,
  people,
  proposals,
  replies,
  score,
  site,
  stand,
  tree,
  treeNav,
  validation,
};
export default messages;
