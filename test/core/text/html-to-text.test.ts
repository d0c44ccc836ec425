import { findSkippedRegions, htmlToText, segmentSentences } from "../../../src/core/text";

describe("htmlToText", () => {
  test.each([
    ["plain text", "Hello there", "Hello there"],
    ["tags removed", "<b>Chloe</b> was <i>seen</i> today", "Chloe was seen today"],
    ["br", "line one<br>line two<br/>line three<BR />four", "line one\nline two\nline three\nfour"],
    ["paragraphs", "<p>One.</p><p>Two.</p>", "One.\nTwo."],
    ["divs", "<div>One</div><div>Two</div>", "One\nTwo"],
    ["a block opening mid-line breaks the line", "text<div>more</div>", "text\nmore"],
    ["Gmail blank line", "<div>Hi Sarah,</div><div><br></div><div>I visited.</div>", "Hi Sarah,\n\nI visited."],
    ["trailing br in a block is not doubled", "<div>text<br></div><div>next</div>", "text\nnext"],
    ["Outlook empty paragraph", "<p class=MsoNormal>Hi<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Text</p>", "Hi\n \nText"],
    ["list items", "<ul><li>school</li><li>housing</li></ul>after", "school\nhousing\nafter"],
    ["table rows and cells", "<table><tr><td>Name</td><td>Chloe</td></tr><tr><td>Age</td><td>7</td></tr></table>", "Name\tChloe\nAge\t7"],
    ["headings", "<h1>Title</h1>Body", "Title\nBody"],
    ["hr", "above<hr>below", "above\nbelow"],
    ["blockquote kept as text", "Reply<blockquote>quoted <b>text</b></blockquote>", "Reply\nquoted text"],
    ["script dropped", "a<script>var x = '<p>';</script>b", "ab"],
    ["style dropped", "<style>p { color: red }</style>text", "text"],
    ["head dropped", "<html><head><title>T</title><meta charset=utf-8></head><body>text</body></html>", "text"],
    ["head without close ends at body", "<head><title>T</title><body>text", "text"],
    ["Outlook xml island dropped", "<xml><o:OfficeDocumentSettings>x</o:OfficeDocumentSettings></xml>text", "text"],
    ["comments dropped", "a<!-- hidden -->b", "ab"],
    ["conditional comments dropped", "a<!--[if gte mso 9]><xml>x</xml><![endif]-->b", "ab"],
    ["downlevel-revealed conditionals keep their content", "<![if !supportLists]>1.<![endif]> item", "1. item"],
    ["doctype dropped", "<!DOCTYPE html><p>x</p>", "x"],
    ["cdata kept", "<![CDATA[a < b]]>", "a < b"],
    ["source whitespace collapses", "<p>I visited   the\n  home\ton Monday.</p>", "I visited the home on Monday."],
    ["pre keeps whitespace", "<pre>a  b\n  c</pre>", "a  b\n  c"],
    ["quoted > in an attribute", '<a title="a > b" href="x">link</a>', "link"],
    ["literal less-than", "a < b and 3<4", "a < b and 3<4"],
    ["unclosed tag at the end dropped", "text <span class=", "text"],
    ["unclosed comment at the end dropped", "text<!-- no end", "text"],
  ])("%s", (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  test.each([
    ["&amp;", "&"],
    ["&lt;&gt;", "<>"],
    ["&quot;&apos;", "\"'"],
    ["x&nbsp;y", "x y"],
    ["a&nbsp;&nbsp;b", "a  b"],
    ["&pound;2.50", "£2.50"],
    ["&euro;5", "€5"],
    ["mum&rsquo;s", "mum’s"],
    ["&lsquo;x&rsquo; &ldquo;y&rdquo;", "‘x’ “y”"],
    ["&ndash; &mdash; &hellip; &bull;", "– — … •"],
    ["&eacute;&Eacute;&ouml;&ccedil;", "éÉöç"],
    ["&#8217;", "’"],
    ["&#x2019;&#X2019;", "’’"],
    ["&#163;", "£"],
    ["&#146;&#150;&#133;", "’–…"],
    ["&#0; &#xD800; &#1114112; &#99999999999;", "\ufffd \ufffd \ufffd \ufffd"],
    ["&#128512;", "😀"],
    ["&amp without semicolon", "& without semicolon"],
    ["&unknown; stays", "&unknown; stays"],
    ["AT&T", "AT&T"],
    ["a & b", "a & b"],
    ["&#;", "&#;"],
    ["&ampx", "&ampx"],
  ])("entity %s", (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  test("an Outlook HTML reply: text, signature and quoted header are found in the converted text", () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>
<body lang=EN-GB link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Hi Dave,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>I visited Chloe at 10.30 today. Mum&#8217;s partner was not at the
property.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal><b>Sarah Jones</b><o:p></o:p></p>
<p class=MsoNormal>Social Worker<o:p></o:p></p>
<p class=MsoNormal>Tel: 01632 960123<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b>From:</b> Dave Patel &lt;dave.patel@anyshire.police.uk&gt; <br><b>Sent:</b> 11 March 2024 16:42<br><b>To:</b> Sarah Jones &lt;sarah.jones@anytown.gov.uk&gt;<br><b>Subject:</b> Chloe<o:p></o:p></p>
</div>
<p class=MsoNormal>Have you seen Chloe?<o:p></o:p></p>
</div></body></html>`;
    const text = htmlToText(html);
    expect(text.startsWith("Hi Dave,\n \nI visited Chloe at 10.30 today. Mum’s partner was not at the property.\n")).toBe(true);
    const regions = findSkippedRegions(text);
    expect(regions.map((r) => [r.reason, text.slice(r.start, r.end)])).toEqual([
      ["signature", "Sarah Jones\nSocial Worker\nTel: 01632 960123"],
      ["quoted-reply", "From: Dave Patel <dave.patel@anyshire.police.uk>\nSent: 11 March 2024 16:42\nTo: Sarah Jones <sarah.jones@anytown.gov.uk>\nSubject: Chloe\nHave you seen Chloe?"],
    ]);
    expect(segmentSentences(text, regions).map((s) => [s.role, text.slice(s.start, s.end)])).toEqual([
      ["greeting", "Hi Dave,"],
      ["sentence", "I visited Chloe at 10.30 today."],
      ["sentence", "Mum’s partner was not at the property."],
      ["sign-off", "Kind regards,"],
    ]);
  });

  test("a Gmail HTML reply with its quote", () => {
    const html = `<div dir="ltr"><div>Hi Tom,</div><div><br></div><div>Chloe was seen today.</div><div><br></div><div>Thanks,</div><div>Sarah</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 11 Mar 2024 at 09:12, Tom Hughes &lt;<a href="mailto:tom@anyshire.police.uk">tom@anyshire.police.uk</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div dir="ltr">Has Chloe been seen?</div></blockquote></div>`;
    const text = htmlToText(html);
    expect(text).toBe("Hi Tom,\n\nChloe was seen today.\n\nThanks,\nSarah\n\nOn Mon, 11 Mar 2024 at 09:12, Tom Hughes <tom@anyshire.police.uk> wrote:\nHas Chloe been seen?");
    expect(findSkippedRegions(text).map((r) => [r.reason, text.slice(r.start, r.end)])).toEqual([
      ["signature", "Sarah"],
      ["quoted-reply", "On Mon, 11 Mar 2024 at 09:12, Tom Hughes <tom@anyshire.police.uk> wrote:\nHas Chloe been seen?"],
    ]);
  });
});
