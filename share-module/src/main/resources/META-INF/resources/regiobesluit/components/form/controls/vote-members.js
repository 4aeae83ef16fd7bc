/**
 * Regiobesluit: the vote-members form control (pick-list for rb:votesYes, rb:votesNo, rb:votesAbstain).
 *
 * Served by Share as /share/res/regiobesluit/components/form/controls/vote-members.js and included by the
 * template nl/regiobesluit/components/form/controls/vote-members.ftl and by the rb:votes form's dependencies.
 *
 * Two parts:
 *  - Regiobesluit.VoteLogic: pure functions (CSV, grouping, selection, exclusivity, serialising, reading
 *    stored values). No DOM, no network: the unit tests run them in Rhino.
 *  - Regiobesluit.VoteMembers: the browser wiring. Each of the three fields registers itself; one grid
 *    (a row per member, a column per list) is drawn in the first field and writes all three hidden inputs.
 *    When the composition cannot be read, the plain text entries stay and a message says why.
 *
 * ES5 only (Share 23-26 serve this file unchanged to every browser, and Rhino runs it in the tests).
 * Members are region data: nothing here names a municipality or a party group.
 */
(function (root)
{
   "use strict";

   var Regiobesluit = root.Regiobesluit = root.Regiobesluit || {};

   /** The three lists, in the order of the form. */
   var VOTES = ["yes", "no", "abstain"];

   // ------------------------------------------------------------------------------------------ pure logic

   var L = {};
   L.VOTES = VOTES;

   /** Trims and collapses white space; used for display names and keys. */
   L.clean = function (s)
   {
      return String(s === null || s === undefined ? "" : s).replace(/\s+/g, " ").replace(/^ | $/g, "");
   };

   /** How two spellings of one member are compared: white space and case do not matter. */
   L.normal = function (s)
   {
      return L.clean(s).toLowerCase();
   };

   /** The stored form of a member: Municipality/PartyGroup. */
   L.memberKey = function (municipality, party)
   {
      return L.clean(municipality) + "/" + L.clean(party);
   };

   /**
    * RFC 4180 CSV: fields separated by commas, quoted fields may hold commas, line breaks and doubled quotes.
    * Accepts CRLF, LF and CR line ends and a leading byte-order mark; blank lines are skipped.
    * Returns an array of rows, each an array of strings (not trimmed). Throws on an unclosed quote.
    */
   L.parseCsv = function (text)
   {
      var s = String(text === null || text === undefined ? "" : text);
      if (s.charCodeAt(0) === 0xFEFF)
      {
         s = s.substring(1);
      }
      var rows = [], row = [], field = "", i = 0, n = s.length, quoted = false, wasQuoted = false, wasQuotedRow = false, c;
      function endField()
      {
         row.push(field);
         field = "";
         wasQuoted = false;
      }
      function endRow()
      {
         endField();
         var blank = row.length === 1 && row[0] === "" && !wasQuotedRow;
         if (!blank)
         {
            rows.push(row);
         }
         row = [];
         wasQuotedRow = false;
      }
      while (i < n)
      {
         c = s.charAt(i);
         if (quoted)
         {
            if (c === "\"")
            {
               if (s.charAt(i + 1) === "\"")
               {
                  field += "\"";
                  i += 2;
                  continue;
               }
               quoted = false;
               i++;
               continue;
            }
            field += c;
            i++;
            continue;
         }
         if (c === "\"" && field === "" && !wasQuoted)
         {
            quoted = true;
            wasQuoted = true;
            wasQuotedRow = true;
            i++;
         }
         else if (c === ",")
         {
            endField();
            i++;
         }
         else if (c === "\r" || c === "\n")
         {
            endRow();
            i += (c === "\r" && s.charAt(i + 1) === "\n") ? 2 : 1;
         }
         else
         {
            field += c;
            i++;
         }
      }
      if (quoted)
      {
         throw new Error("unclosed quote in the CSV");
      }
      if (field !== "" || row.length > 0 || wasQuoted)
      {
         endRow();
      }
      return rows;
   };

   /**
    * The members of a composition CSV, grouped per municipality, both in file order.
    * Columns are found by their header (case and spaces do not matter): municipality, party and seats are
    * needed, council_seats is used when present; other columns are ignored.
    *
    * Returns { municipalities: [{ name, councilSeats, seats, members }], members: [{ key, municipality, party,
    * seats, storable, known: true }], problems: [{ code, text }] }. Throws an Error naming a missing column.
    * A member whose name holds a comma is kept but not storable: Share submits the lists comma-separated.
    */
   L.parseComposition = function (text)
   {
      var rows = L.parseCsv(text);
      if (rows.length === 0)
      {
         throw new Error("the CSV is empty");
      }
      var header = rows[0], col = {}, i, j;
      for (i = 0; i < header.length; i++)
      {
         col[L.normal(header[i]).replace(/ /g, "_")] = i;
      }
      var needed = ["municipality", "party", "seats"];
      for (i = 0; i < needed.length; i++)
      {
         if (col[needed[i]] === undefined)
         {
            throw new Error("no column \"" + needed[i] + "\" in the CSV header");
         }
      }
      var result = { municipalities: [], members: [], problems: [] }, byName = {}, seen = {};
      for (i = 1; i < rows.length; i++)
      {
         var r = rows[i];
         var municipality = L.clean(r[col.municipality]), party = L.clean(r[col.party]);
         if (municipality === "" || party === "")
         {
            result.problems.push({ code: "incomplete", text: "line " + (i + 1) });
            continue;
         }
         var key = L.memberKey(municipality, party), norm = L.normal(key);
         if (seen[norm])
         {
            result.problems.push({ code: "duplicate", text: key });
            continue;
         }
         seen[norm] = true;
         var seats = parseInt(L.clean(r[col.seats]), 10);
         var member = {
            key: key,
            municipality: municipality,
            party: party,
            seats: isNaN(seats) ? null : seats,
            storable: key.indexOf(",") < 0,
            known: true
         };
         if (!member.storable)
         {
            result.problems.push({ code: "comma", text: key });
         }
         var group = byName[L.normal(municipality)];
         if (!group)
         {
            var councilSeats = col.council_seats === undefined ? NaN : parseInt(L.clean(r[col.council_seats]), 10);
            group = { name: municipality, councilSeats: isNaN(councilSeats) ? null : councilSeats, seats: 0, members: [] };
            byName[L.normal(municipality)] = group;
            result.municipalities.push(group);
         }
         group.members.push(member);
         group.seats += member.seats || 0;
         result.members.push(member);
      }
      for (j = 0; j < result.municipalities.length; j++)
      {
         if (result.municipalities[j].councilSeats === null)
         {
            result.municipalities[j].councilSeats = result.municipalities[j].seats;
         }
      }
      return result;
   };

   /**
    * A stored value as Share hands it to a form control: a comma-separated string (or, to be safe, an array).
    * Returns the non-empty values, trimmed, in order.
    */
   L.parseValues = function (value)
   {
      var parts = [], out = [], i;
      if (value === null || value === undefined)
      {
         return out;
      }
      if (typeof value === "object" && typeof value.length === "number")
      {
         for (i = 0; i < value.length; i++)
         {
            parts = parts.concat(String(value[i]).split(","));
         }
      }
      else
      {
         parts = String(value).split(",");
      }
      for (i = 0; i < parts.length; i++)
      {
         var v = L.clean(parts[i]);
         if (v !== "")
         {
            out.push(v);
         }
      }
      return out;
   };

   /** A selection: which list each member is in. At most one list per member, by construction. */
   L.emptySelection = function ()
   {
      return { votes: {} };
   };

   /** The list member key is in: "yes", "no", "abstain", or null. */
   L.voteOf = function (selection, key)
   {
      return selection.votes.hasOwnProperty(key) ? selection.votes[key] : null;
   };

   /** Puts a member in one list, which takes it out of the others; null takes it out of all. */
   L.setVote = function (selection, key, vote)
   {
      if (vote === null || vote === undefined || vote === "")
      {
         delete selection.votes[key];
      }
      else
      {
         if (VOTES.indexOf(vote) < 0)
         {
            throw new Error("unknown vote " + vote);
         }
         selection.votes[key] = vote;
      }
      return selection;
   };

   /** A click on a member's checkbox in a list's column: ticks it there (and nowhere else) or unticks it. */
   L.toggle = function (selection, key, vote)
   {
      return L.setVote(selection, key, L.voteOf(selection, key) === vote ? null : vote);
   };

   /** Finds a municipality group by name. */
   L.municipality = function (composition, name)
   {
      var i;
      for (i = 0; i < composition.municipalities.length; i++)
      {
         if (L.normal(composition.municipalities[i].name) === L.normal(name))
         {
            return composition.municipalities[i];
         }
      }
      return null;
   };

   /** One click for a whole municipality: every storable member of it into one list (null clears them). */
   L.setMunicipality = function (selection, composition, name, vote)
   {
      var group = L.municipality(composition, name), i;
      if (group)
      {
         for (i = 0; i < group.members.length; i++)
         {
            if (group.members[i].storable)
            {
               L.setVote(selection, group.members[i].key, vote);
            }
         }
      }
      return selection;
   };

   /** Clears every list. */
   L.clearAll = function (selection)
   {
      selection.votes = {};
      return selection;
   };

   /**
    * Reads the stored lists into a selection against a composition.
    * stored = { yes: value, no: value, abstain: value } (see parseValues).
    * A stored value matches a member whatever its case and spacing, and is then written in the composition's
    * spelling. A value that matches no member is kept: it gets a row of its own under "not in the composition"
    * (composition.extra), so editing never drops what was recorded. A member found in more than one list is
    * put in the first of yes, no, abstain and reported in conflicts, to be checked by the user.
    * Returns { selection, extra: [members], conflicts: [{ key, kept, dropped: [votes] }] }.
    */
   L.readStored = function (stored, composition)
   {
      var selection = L.emptySelection(), extra = [], conflicts = [], byNorm = {}, i, j, v;
      for (i = 0; i < composition.members.length; i++)
      {
         byNorm[L.normal(composition.members[i].key)] = composition.members[i];
      }
      for (v = 0; v < VOTES.length; v++)
      {
         var vote = VOTES[v], values = L.parseValues(stored ? stored[vote] : null);
         for (j = 0; j < values.length; j++)
         {
            var norm = L.normal(values[j]), member = byNorm[norm];
            if (!member)
            {
               member = { key: values[j], municipality: null, party: null, seats: null, storable: true, known: false };
               byNorm[norm] = member;
               extra.push(member);
            }
            var already = L.voteOf(selection, member.key);
            if (already === null)
            {
               L.setVote(selection, member.key, vote);
            }
            else if (already !== vote)
            {
               var conflict = null, c;
               for (c = 0; c < conflicts.length; c++)
               {
                  if (conflicts[c].key === member.key)
                  {
                     conflict = conflicts[c];
                  }
               }
               if (!conflict)
               {
                  conflict = { key: member.key, kept: already, dropped: [] };
                  conflicts.push(conflict);
               }
               conflict.dropped.push(vote);
            }
         }
      }
      return { selection: selection, extra: extra, conflicts: conflicts };
   };

   /** Every member the grid shows: the composition's, then the stored values that matched none. */
   L.allMembers = function (composition, extra)
   {
      return composition.members.concat(extra || []);
   };

   /** The members in one list, in grid order. */
   L.membersIn = function (selection, members, vote)
   {
      var out = [], i;
      for (i = 0; i < members.length; i++)
      {
         if (L.voteOf(selection, members[i].key) === vote)
         {
            out.push(members[i]);
         }
      }
      return out;
   };

   /** One list as Share submits a multi-valued text property: comma-separated, in grid order. */
   L.serialise = function (selection, members, vote)
   {
      var inList = L.membersIn(selection, members, vote), keys = [], i;
      for (i = 0; i < inList.length; i++)
      {
         keys.push(inList[i].key);
      }
      return keys.join(",");
   };

   /** Per list the number of members and their seats (members of unknown size count no seats). */
   L.tally = function (selection, members)
   {
      var out = {}, v, i;
      for (v = 0; v < VOTES.length; v++)
      {
         var inList = L.membersIn(selection, members, VOTES[v]), seats = 0;
         for (i = 0; i < inList.length; i++)
         {
            seats += inList[i].seats || 0;
         }
         out[VOTES[v]] = { members: inList.length, seats: seats };
      }
      return out;
   };

   /** Replaces {0}, {1}, ... in a message. */
   L.format = function (message, args)
   {
      return String(message).replace(/\{(\d+)\}/g, function (all, n)
      {
         return args && args[n] !== undefined ? String(args[n]) : all;
      });
   };

   /** Splits "Data Dictionary/Regiobesluit/composition.csv" into folder and name. */
   L.splitPath = function (path)
   {
      var p = L.clean(path).replace(/^\/+|\/+$/g, ""), slash = p.lastIndexOf("/");
      return slash < 0 ? { folder: "", name: p } : { folder: p.substring(0, slash), name: p.substring(slash + 1) };
   };

   /**
    * When the configured file is not there: the one CSV in its folder (a region that uploaded its composition under
    * another name), or, where there are several, the one changed last (after an election griffie staff upload the new
    * composition, which then holds for new votes); none when their dates cannot tell. entries are v1 list entries
    * ({ entry: { id, name, isFile, modifiedAt } }).
    */
   L.pickComposition = function (entries, wantedName)
   {
      var csv = [], i;
      for (i = 0; i < (entries || []).length; i++)
      {
         var e = entries[i].entry || entries[i];
         if (e.isFile !== false && /\.csv$/i.test(e.name || ""))
         {
            if (e.name === wantedName)
            {
               return e;
            }
            csv.push(e);
         }
      }
      if (csv.length <= 1)
      {
         return csv.length === 1 ? csv[0] : null;
      }
      var newest = null, tie = false;
      for (i = 0; i < csv.length; i++)
      {
         if (!csv[i].modifiedAt)
         {
            return null;
         }
         // ISO-8601 instants from one server compare as text only in one offset: compare as dates.
         var t = Date.parse(String(csv[i].modifiedAt).replace(/([+-]\d\d)(\d\d)$/, "$1:$2"));
         if (isNaN(t))
         {
            return null;
         }
         if (newest === null || t > newest.t)
         {
            newest = { t: t, e: csv[i] };
            tie = false;
         }
         else if (t === newest.t)
         {
            tie = true;
         }
      }
      return tie ? null : newest.e;
   };

   Regiobesluit.VoteLogic = L;

   // ------------------------------------------------------------------------------------ browser wiring

   var W = Regiobesluit.VoteMembers = Regiobesluit.VoteMembers || {};
   W.forms = W.forms || {};

   function byId(id)
   {
      return root.document.getElementById(id);
   }

   function el(tag, attrs, text)
   {
      var e = root.document.createElement(tag), a;
      for (a in attrs)
      {
         if (attrs.hasOwnProperty(a))
         {
            if (a === "className")
            {
               e.className = attrs[a];
            }
            else
            {
               e.setAttribute(a, attrs[a]);
            }
         }
      }
      if (text !== undefined && text !== null)
      {
         e.appendChild(root.document.createTextNode(String(text)));
      }
      return e;
   }

   function show(e, visible)
   {
      if (e)
      {
         e.style.display = visible ? "" : "none";
      }
   }

   function setText(e, text)
   {
      if (e)
      {
         while (e.firstChild)
         {
            e.removeChild(e.firstChild);
         }
         e.appendChild(root.document.createTextNode(text));
      }
   }

   /** The v1 REST API through Share's proxy to the repository (endpoint alfresco-api). */
   function apiBase()
   {
      var context = root.Alfresco && root.Alfresco.constants && root.Alfresco.constants.URL_CONTEXT ?
            root.Alfresco.constants.URL_CONTEXT : "/share/";
      return context + "proxy/alfresco-api/-default-/public/alfresco/versions/1/";
   }

   function get(url, json, done)
   {
      var xhr = new root.XMLHttpRequest();
      xhr.open("GET", url, true);
      xhr.setRequestHeader("Accept", json ? "application/json" : "text/csv, text/plain, */*");
      xhr.onreadystatechange = function ()
      {
         if (xhr.readyState !== 4)
         {
            return;
         }
         if (xhr.status >= 200 && xhr.status < 300)
         {
            var body = xhr.responseText;
            if (json)
            {
               try
               {
                  body = JSON.parse(body);
               }
               catch (e)
               {
                  done("HTTP " + xhr.status + ", no JSON", null, xhr.status);
                  return;
               }
            }
            done(null, body, xhr.status);
         }
         else
         {
            done("HTTP " + xhr.status, null, xhr.status);
         }
      };
      xhr.send(null);
   }

   /** Reads the composition: the node at path below Company Home, else the one CSV in its folder. */
   W.loadComposition = function (path, done)
   {
      var api = apiBase(), parts = L.splitPath(path);
      function content(entry)
      {
         get(api + "nodes/" + encodeURIComponent(entry.id) + "/content", false, function (err, text)
         {
            if (err)
            {
               done(parts.folder + "/" + entry.name + ": " + err);
               return;
            }
            var composition;
            try
            {
               composition = L.parseComposition(text);
            }
            catch (e)
            {
               done(parts.folder + "/" + entry.name + ": " + e.message);
               return;
            }
            if (composition.members.length === 0)
            {
               done(parts.folder + "/" + entry.name + ": no members");
               return;
            }
            done(null, composition, parts.folder + "/" + entry.name);
         });
      }
      get(api + "nodes/-root-?relativePath=" + encodeURIComponent(path), true, function (err, body, status)
      {
         if (!err && body && body.entry && body.entry.isFile !== false)
         {
            content(body.entry);
            return;
         }
         if (status !== 404)
         {
            done(path + ": " + (err || "not a file"));
            return;
         }
         get(api + "nodes/-root-/children?relativePath=" + encodeURIComponent(parts.folder) +
               "&where=" + encodeURIComponent("(isFile=true)") + "&maxItems=100", true, function (err2, list)
         {
            var entry = !err2 && list && list.list ? L.pickComposition(list.list.entries, parts.name) : null;
            if (entry)
            {
               content(entry);
            }
            else
            {
               done(path + ": " + (err2 || "not found"));
            }
         });
      });
   };

   /**
    * Called once per field by the template. args: formHtmlId, vote, hiddenId, entryId, pickerId, statusId,
    * label, compositionPath, messages. The grid starts when the page (or dialog) has all fields.
    */
   W.register = function (args)
   {
      var form = W.forms[args.formHtmlId];
      if (!form || form.started)
      {
         form = W.forms[args.formHtmlId] = { fields: {}, started: false };
      }
      form.fields[args.vote] = args;
      if (!form.scheduled)
      {
         form.scheduled = true;
         var start = function ()
         {
            W.start(args.formHtmlId);
         };
         if (root.document.readyState === "loading")
         {
            root.document.addEventListener("DOMContentLoaded", start);
         }
         else
         {
            root.setTimeout(start, 0);
         }
      }
   };

   function msg(field, key, params)
   {
      var m = field.messages && field.messages[key] ? field.messages[key] : key;
      return L.format(m, params);
   }

   /** Back to typing: every field shows its text entry and the message. */
   function fallback(form, reason)
   {
      var v, f;
      for (v = 0; v < VOTES.length; v++)
      {
         f = form.fields[VOTES[v]];
         if (f)
         {
            show(byId(f.entryId), true);
            show(byId(f.pickerId), false);
            setText(byId(f.statusId), msg(f, "rb.votes.picker.fallback", [reason]));
            show(byId(f.statusId), true);
         }
      }
   }

   W.start = function (formHtmlId)
   {
      var form = W.forms[formHtmlId], lists = [], v;
      if (!form || form.started)
      {
         return;
      }
      form.started = true;
      for (v = 0; v < VOTES.length; v++)
      {
         if (form.fields[VOTES[v]] && byId(form.fields[VOTES[v]].hiddenId))
         {
            lists.push(VOTES[v]);
         }
      }
      if (lists.length === 0)
      {
         return;
      }
      var owner = form.fields[lists[0]];
      setText(byId(owner.statusId), msg(owner, "rb.votes.picker.loading"));
      show(byId(owner.statusId), true);
      W.loadComposition(owner.compositionPath, function (err, composition, source)
      {
         if (err)
         {
            fallback(form, err);
            return;
         }
         try
         {
            W.draw(form, lists, composition, source);
         }
         catch (e)
         {
            fallback(form, e.message);
         }
      });
   };

   /** Draws the grid in the first field and keeps every hidden input (and text entry) in step with it. */
   W.draw = function (form, lists, composition, source)
   {
      var owner = form.fields[lists[0]], stored = {}, i, v;
      for (v = 0; v < lists.length; v++)
      {
         stored[lists[v]] = byId(form.fields[lists[v]].hiddenId).value;
      }
      var read = L.readStored(stored, composition), selection = read.selection;
      var members = L.allMembers(composition, read.extra), boxes = {};
      var picker = byId(owner.pickerId), summary = el("div", { className: "rb-vote-summary" });
      var notes = el("div", { className: "rb-vote-notes" });

      function write()
      {
         var t = L.tally(selection, members), parts = [], x, f, value, entry;
         for (x = 0; x < lists.length; x++)
         {
            f = form.fields[lists[x]];
            value = L.serialise(selection, members, lists[x]);
            byId(f.hiddenId).value = value;
            entry = byId(f.entryId + "-input");
            if (entry)
            {
               entry.value = value;
            }
            parts.push(msg(owner, "rb.votes.picker." + lists[x]) + ": " +
                  msg(owner, "rb.votes.picker.tally", [t[lists[x]].members, t[lists[x]].seats]));
         }
         setText(summary, parts.join(" \u00b7 "));
         for (x in boxes)
         {
            if (boxes.hasOwnProperty(x))
            {
               boxes[x].checked = L.voteOf(selection, boxes[x].getAttribute("data-key")) === boxes[x].getAttribute("data-vote");
            }
         }
      }

      function button(label, title, onClick)
      {
         var b = el("button", { type: "button", className: "rb-vote-button", title: title }, label);
         b.onclick = function (e)
         {
            onClick();
            write();
            return false;
         };
         return b;
      }

      function memberRow(member, index)
      {
         var tr = el("tr", { className: member.known ? "rb-vote-member" : "rb-vote-member rb-vote-unknown" });
         tr.appendChild(el("td", { className: "rb-vote-name" }, member.known ? member.party : member.key));
         tr.appendChild(el("td", { className: "rb-vote-seats" }, member.seats === null ? "" : member.seats));
         for (var x = 0; x < lists.length; x++)
         {
            var id = owner.pickerId + "-m" + index + "-" + lists[x];
            var td = el("td", { className: "rb-vote-box" });
            var box = el("input", { type: "checkbox", id: id, "data-key": member.key, "data-vote": lists[x],
                  title: member.key + ": " + msg(owner, "rb.votes.picker." + lists[x]) });
            if (!member.storable)
            {
               box.disabled = true;
            }
            box.onclick = (function (key, vote)
            {
               return function ()
               {
                  L.toggle(selection, key, vote);
                  write();
               };
            })(member.key, lists[x]);
            boxes[id] = box;
            td.appendChild(box);
            tr.appendChild(td);
         }
         tr.appendChild(el("td", { className: "rb-vote-box" }));
         return tr;
      }

      function groupRow(name, seats, group)
      {
         var tr = el("tr", { className: "rb-vote-municipality" });
         tr.appendChild(el("th", { scope: "rowgroup", className: "rb-vote-name" }, name));
         tr.appendChild(el("td", { className: "rb-vote-seats" }, seats === null ? "" : seats));
         for (var x = 0; x < lists.length; x++)
         {
            var td = el("td", { className: "rb-vote-box" });
            if (group)
            {
               td.appendChild(button(msg(owner, "rb.votes.picker.wholeMunicipality"),
                     name + ": " + msg(owner, "rb.votes.picker." + lists[x]),
                     (function (vote)
                     {
                        return function ()
                        {
                           L.setMunicipality(selection, composition, group.name, vote);
                        };
                     })(lists[x])));
            }
            tr.appendChild(td);
         }
         var clear = el("td", { className: "rb-vote-box" });
         if (group)
         {
            clear.appendChild(button(msg(owner, "rb.votes.picker.clear"), name + ": " + msg(owner, "rb.votes.picker.clear"),
                  function ()
                  {
                     L.setMunicipality(selection, composition, group.name, null);
                  }));
         }
         tr.appendChild(clear);
         return tr;
      }

      var table = el("table", { className: "rb-vote-grid" }), head = el("tr");
      head.appendChild(el("th", { scope: "col" }, msg(owner, "rb.votes.picker.member")));
      head.appendChild(el("th", { scope: "col" }, msg(owner, "rb.votes.picker.seats")));
      for (v = 0; v < lists.length; v++)
      {
         head.appendChild(el("th", { scope: "col" }, msg(owner, "rb.votes.picker." + lists[v])));
      }
      head.appendChild(el("th", { scope: "col" }, ""));
      var thead = el("thead");
      thead.appendChild(head);
      table.appendChild(thead);
      var index = 0, body, g, m;
      for (g = 0; g < composition.municipalities.length; g++)
      {
         var group = composition.municipalities[g];
         body = el("tbody");
         body.appendChild(groupRow(group.name, group.councilSeats, group));
         for (m = 0; m < group.members.length; m++)
         {
            body.appendChild(memberRow(group.members[m], index++));
         }
         table.appendChild(body);
      }
      if (read.extra.length > 0)
      {
         body = el("tbody");
         body.appendChild(groupRow(msg(owner, "rb.votes.picker.notInComposition"), null, null));
         for (m = 0; m < read.extra.length; m++)
         {
            body.appendChild(memberRow(read.extra[m], index++));
         }
         table.appendChild(body);
      }

      for (i = 0; i < read.conflicts.length; i++)
      {
         notes.appendChild(el("div", { className: "rb-vote-warning" }, msg(owner, "rb.votes.picker.conflict",
               [read.conflicts[i].key, msg(owner, "rb.votes.picker." + read.conflicts[i].kept)])));
      }
      for (i = 0; i < composition.problems.length; i++)
      {
         if (composition.problems[i].code === "comma")
         {
            notes.appendChild(el("div", { className: "rb-vote-warning" },
                  msg(owner, "rb.votes.picker.unstorable", [composition.problems[i].text])));
         }
      }

      var toolbar = el("div", { className: "rb-vote-toolbar" });
      toolbar.appendChild(button(msg(owner, "rb.votes.picker.clearAll"), msg(owner, "rb.votes.picker.clearAll"), function ()
      {
         L.clearAll(selection);
      }));
      toolbar.appendChild(summary);

      while (picker.firstChild)
      {
         picker.removeChild(picker.firstChild);
      }
      picker.appendChild(el("div", { className: "rb-vote-source" }, msg(owner, "rb.votes.picker.source", [source])));
      picker.appendChild(notes);
      picker.appendChild(toolbar);
      picker.appendChild(table);

      for (v = 0; v < lists.length; v++)
      {
         var f = form.fields[lists[v]];
         show(byId(f.entryId), false);
         show(byId(f.statusId), false);
         if (v > 0)
         {
            setText(byId(f.pickerId), msg(f, "rb.votes.picker.elsewhere"));
            show(byId(f.pickerId), true);
         }
      }
      show(picker, true);
      write();
   };

   // Instances that registered while this file was still loading (see the template).
   var queue = root.RegiobesluitVoteMembersQueue;
   if (queue && queue.length)
   {
      root.RegiobesluitVoteMembersQueue = null;
      for (var q = 0; q < queue.length; q++)
      {
         W.register(queue[q]);
      }
   }
})(this);
