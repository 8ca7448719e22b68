# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Casualty claims by source camp, and how far apart they are
#
# Russian military losses were claimed by Russia's own ministry, by Ukraine's General Staff and officials, by
# Western governments and by open-source counts. The codebook keeps each source's figure as its own key and
# groups them (`compare_group`) so that their disagreements can be listed. The keys count different things:
# soldiers *killed*, or *killed or wounded* (the codebook's `entity` says which), so we only ever compare like
# with like. Each source's camp comes from the organisation table of the data (`load_organisations()`: the
# type and country of every speaker organisation), not from its name.

# %%
import pandas as pd

import claimsdata

claims = claimsdata.load_claims()
articles = claimsdata.load_articles()
codebook = claimsdata.load_codebook().set_index("claim_key")
orgs = claimsdata.load_organisations().set_index("speaker_org")
group = codebook.index[codebook["compare_group"] == "russian_military_losses"]
losses = claims[claims["claim_key"].isin(group)].copy()
losses["counts"] = losses["claim_key"].map(codebook["entity"])
org = orgs.reindex(losses["speaker_org"])
state = org["type"].isin(["government", "military", "intelligence"]).to_numpy()
country = org["country"].to_numpy()
losses["camp"] = [
    "no organisation named" if pd.isna(t) else
    f"{c} (official)" if s and c in ("Russia", "Ukraine") else
    "other governments and alliances" if s or t == "intergovernmental" else
    "media and research"
    for t, c, s in zip(org["type"], country, state, strict=True)]
losses.groupby(["counts", "camp"]).size().rename("claims")

# %% [markdown]
# The table above counts the claims by what they count and by camp. Officials of Ukraine (the General Staff,
# the presidential office) and Western governments report killed-or-wounded totals; Russia's ministry reports
# only its own dead; the named-death counts of independent media sit with them under "soldiers killed".
#
# The widest gaps between two claims of the group for the same day, largest first:

# %%
found = claimsdata.consistency(claims, articles=articles)
cross = found[(found["kind"] == "conflict") & found["claim_key"].isin(group) & found["other_key"].isin(group)]
cross = cross.assign(counts=cross["claim_key"].map(codebook["entity"]),
                     other_counts=cross["other_key"].map(codebook["entity"]))
pair = [frozenset(p) for p in zip(cross["surface"], cross["other_surface"], strict=True)]
cross[~pd.Series(pair, index=cross.index).duplicated()][["date", "counts", "surface", "other_counts", "other_surface", "gap"]].sort_values(
    "gap", ascending=False)

# %% [markdown]
# All the gaps fall on 21 September 2022, the day Russia's ministry said 5,937 soldiers had been killed. Against
# Ukraine's General Staff total of 55,110 killed *or wounded* the gap (about 49,000) is partly a gap in
# definitions; against the 6,600 dead counted by name in open sources (the last row) both sides count the same
# thing, and the gap is 663.
#
# Like with like: the median lower bound each camp stated per month, separately for each thing counted (a cell
# is empty when the camp said nothing that month).

# %%
losses["month"] = pd.to_datetime(losses["claim_date"].fillna(losses["ref_end"])).dt.to_period("M")
by_month = losses.dropna(subset=["month"]).pivot_table(index=["counts", "month"], columns="camp",
                                                       values="value_low", aggfunc="median")
by_month

# %% [markdown]
# Under "soldiers killed", Russia's own figure (5,937 in September 2022) sits just below the open-source count of
# named dead (6,600) and far below the UK government's estimate (25,000); by February 2023 the named-dead counts
# reached about 14,000. Under "soldiers killed or wounded", Ukraine's official total rose from 55,110
# (September 2022) to 138,204 (February 2023), while other governments put the figure at 70,000 (August) and
# 100,000 (November and January). The two charts below show the running totals behind the table.

# %%
claimsdata.plot_timeline(claims, "ukraine_gs_russian_personnel_losses", articles=articles);

# %%
claimsdata.plot_timeline(claims, "russia_military_deaths", articles=articles);
