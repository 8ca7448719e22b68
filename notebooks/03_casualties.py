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
# Russian military losses were claimed by Russia's own ministry, by Ukraine's General Staff, by Western
# governments and by open-source counts. The codebook keeps each source's figure as its own key and groups them
# (`compare_group`) so that their disagreements can be listed. Definitions differ (dead vs killed and wounded):
# the gaps are what the public was told, not like-for-like estimates.

# %%
import pandas as pd

import claimsdata

claims = claimsdata.load_claims()
articles = claimsdata.load_articles()
codebook = claimsdata.load_codebook().set_index("claim_key")
group = codebook.index[codebook["compare_group"] == "russian_military_losses"]
losses = claims[claims["claim_key"].isin(group)]
camp = {"Russian Ministry of Defence": "Russia", "Armed Forces of Ukraine": "Ukraine"}
losses = losses.assign(camp=losses["speaker_org"].map(camp).fillna("Western and independent"))
losses.groupby(["camp", "claim_key"]).size()

# %% [markdown]
# The widest spread on one day: 21 September 2022, when Russia's ministry said 5,937 dead while the General
# Staff's running total stood at 55,110.

# %%
found = claimsdata.consistency(claims, articles=articles)
cross = found[(found["kind"] == "conflict") & found["cross_key"] & found["claim_key"].isin(group)]
cross[["date", "claim_key", "surface", "other_key", "other_surface", "gap"]].drop_duplicates(
    subset=["claim_key", "other_key", "surface", "other_surface"]).sort_values("gap", ascending=False).head(10)

# %% [markdown]
# Ratio between the camps' median figures per month (lower bounds), where both camps spoke.

# %%
losses = losses.assign(month=pd.to_datetime(losses["claim_date"].fillna(losses["ref_end"])).dt.to_period("M"))
by_month = losses.dropna(subset=["month"]).pivot_table(index="month", columns="camp", values="value_low",
                                                       aggfunc="median")
by_month.assign(ukraine_over_russia=by_month.get("Ukraine") / by_month.get("Russia"))

# %%
claimsdata.plot_timeline(claims, "ukraine_gs_russian_personnel_losses", articles=articles);

# %%
claimsdata.plot_timeline(claims, "russia_military_deaths", articles=articles);
