import account from "./account.json";
import chart from "./chart.json";
import classes from "./classes.json";
import client from "./client.json";
import csv from "./csv.json";
import debate from "./debate.json";
import errors from "./errors.json";
import forms from "./forms.json";
import home from "./home.json";
import labels from "./labels.json";
import map from "./map.json";
import people from "./people.json";
import score from "./score.json";
import site from "./site.json";
import tree from "./tree.json";
import validation from "./validation.json";

/** One file per namespace (a page or an area); client islands are given only theirs. */
const messages = {
  account,
  chart,
  classes,
  client,
  csv,
  debate,
  errors,
  forms,
  home,
  labels,
  map,
  people,
  score,
  site,
  tree,
  validation,
};
export default messages;
