// What an import could only approximate: where in the source it is and what became of it.
export interface ImportNote {
  /** A place a person finds in the source: `line 12`, `<Argument title>`, `front matter`. */
  where: string;
  message: string;
}
