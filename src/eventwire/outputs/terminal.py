"""Readable views for the terminal: a document, its events."""

from __future__ import annotations

from ..model import ActorRef, Claim, Document, Event, Source, actor_label


def document(doc: Document) -> str:
    lines = [f"document {doc.id}  ({doc.kind}{', ' + doc.engine if doc.engine else ''})"]
    for label, value in [("title", doc.title), ("url", doc.url), ("site", doc.site_name or doc.source_domain),
                         ("published", doc.published), ("your id", doc.external_id), ("input", doc.input)]:
        if value:
            lines.append(f"  {label:<10} {value}")
    for post in doc.posts:
        lines.append("")
        a = post.author
        who = ", ".join(str(x) for x in [a.name, a.rank] if x) or "unknown author"
        facts = [f"joined {a.joined}" if a.joined else "", f"{a.messages:,} messages" if a.messages is not None else "",
                 f"reaction score {a.reaction_score}" if a.reaction_score is not None else "", a.country or "", a.location or ""]
        lines.append(f"— post {post.position + 1}: {who}" + (f" ({'; '.join(f for f in facts if f)})" if any(facts) else ""))
        if post.published:
            lines.append(f"  published {post.published}")
        lines.append(post.text)
        for q in post.quotes:
            lines.append(f"  [quote from {q.author or 'unknown'}] {q.text[:200]}")
        for link in post.links:
            lines.append(f"  link: {link}")
        dropped = [r for r in post.removed_passages if r.reason == "duplicate"]
        if dropped:
            chars = sum(r.end - r.start for r in dropped)
            lines.append(f"  removed {len(dropped)} repeated passage(s), {chars:,} characters")
    return "\n".join(lines)


def actor(ref: ActorRef) -> str:
    return actor_label(ref.code, ref.sector, ref.name or ref.text)


def actors(refs: list[ActorRef]) -> str:
    return " + ".join(actor(r) for r in refs) or "—"


def source(src: Source) -> str:
    facts = [src.kind]
    if src.code:
        facts.append(actor_label(src.code, src.sector))
    if src.anonymous and src.kind != "anonymous":
        facts.append("anonymous")
    if src.rating is not None:
        facts.append(f"rated {src.rating:.2f}")
    return f"{src.name} ({', '.join(facts)})"


def chain(claim: Claim) -> str:
    text = " ← ".join(source(s) for s in claim.chain) or "no source"
    extras = [f"via {claim.medium.replace('_', ' ')}" if claim.medium else "", claim.kind]
    if claim.hedges:
        extras.append("hedged: " + ", ".join(claim.hedges))
    return f"{text}  [{'; '.join(e for e in extras if e)}]"


def event(ev: Event, text: str | None = None, claim: Claim | None = None) -> str:
    flags = [ev.modality] if ev.modality != "asserted" else []
    if ev.negated:
        flags.insert(0, "NEGATED")
    if ev.hedged:
        flags.append("hedged")
    where = f" @ {ev.place.name}{', ' + ev.place.country if ev.place.country else ''}" if ev.place else ""
    when = f" on {ev.date} ({ev.date_text})" if ev.date else (f" [{ev.date_text}]" if ev.date_text else "")
    head = (f"  {ev.plover_type or 'STATEMENT':<10} {ev.cameo:<5} {ev.goldstein:+5.1f}  {actors(ev.source)} → {actors(ev.target)}"
            f"  “{ev.trigger}”{when}{where}{'  [' + ', '.join(flags) + ']' if flags else ''}")
    lines = [head]
    if claim is not None:
        lines.append(f"      who says so: {chain(claim)}  ({ev.sourcing})")
    elif ev.chain:
        lines.append(f"      who says so: {ev.chain}  ({ev.sourcing})")
    if text is not None:
        sentence = " ".join(text[ev.sentence_start : ev.sentence_end].split())
        lines.append(f"      {sentence[:300]}{'…' if len(sentence) > 300 else ''}")
    return "\n".join(lines)


def claims_report(claims: list[Claim]) -> str:
    lines = []
    for c in claims:
        lines.append(f"  {c.kind:<12} {chain(c)}")
        lines.append(f"      “{' '.join(c.text.split())[:240]}”")
    return "\n".join(lines)


def events_report(doc: Document, events: list[Event], claims: list[Claim] | None = None) -> str:
    title = doc.title or (doc.posts[0].text[:70] + "…" if doc.posts and doc.posts[0].text else doc.id)
    author = doc.posts[0].author.name if doc.posts and doc.posts[0].author.name else None
    lines = [f"{doc.id}  {title}" + (f"  (posted by {author})" if author else ""), f"  {len(events)} event(s)"]
    texts = {p.id: p.text for p in doc.posts}
    by_id = {c.id: c for c in claims or []}
    for ev in events:
        lines.append(event(ev, texts.get(ev.post_id), by_id.get(ev.claim_id or "")))
    return "\n".join(lines)


def canonical(ev: dict) -> str:
    """One merged event, as listed by ``eventwire events``."""
    src = actor_label(ev["source_code"], ev["source_sector"])
    tgt = actor_label(ev["target_code"], ev["target_sector"])
    when = ev["date"] or (ev["first_seen"] or "")[:10] or "undated"
    place = f" @ {ev['place']['name']}" if ev["place"] else ""
    return (f"  {when:<10} {ev['plover_type'] or 'STATEMENT':<10} {ev['cameo']:<5} {ev['goldstein']:+5.1f}  {src} → {tgt}"
            f"  “{ev['trigger']}”{place}  [{ev['num_mentions']} mention(s), {ev['num_articles']} article(s), "
            f"corroboration {ev['corroboration']}; {', '.join(ev['sourcing'] or [])}]")
