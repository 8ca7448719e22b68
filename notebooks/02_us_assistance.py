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
# # US security assistance: packages against stated cumulative totals
#
# The seed article mentions "a $625 million security assistance package". Each package announcement usually
# restates a cumulative total. Do the packages add up to the totals, and where do sources disagree?

# %%
import claimsdata

claims = claimsdata.load_claims()
articles = claimsdata.load_articles()
claims[claims["method"] == "extracted"][["surface", "value", "unit", "claim_key"]]

# %% [markdown]
# Cumulative totals since the start of the Biden administration, as stated over time (one row per distinct
# statement). Totals counted since the invasion or since 2014 are other keys: other baselines.

# %%
totals = claimsdata.timeline(claims, "us_cumulative_security_assistance_usd", articles=articles)
totals[["date", "speaker_org", "surface", "qualifier", "value_low", "n_reports"]]

# %%
claimsdata.plot_parts_vs_total(claims, "us_cumulative_security_assistance_usd", articles=articles);

# %% [markdown]
# Between two stated totals: the rise of the total against the packages announced in between. A positive gap
# means the total rose by more than the packages we have; a negative one, less.

# %%
found = claimsdata.consistency(claims, articles=articles)
parts = found[found["kind"] == "parts_vs_total"]
parts[["other_date", "date", "gap", "detail"]]

# %% [markdown]
# Where reports of the same quantity on the same day disagree, the most severe first: the regional Foreign
# Military Financing of 6 Jan 2023 ($907 million per State against $622 and $682 million), the package of the
# same day ($2.85 billion per State, $2.5 billion per the White House), the 20 Feb 2023 package ($500 million per
# Biden, $460 million per State) and, last, the cumulative totals dated 15 Oct 2022 (more than $18.3 billion per
# State, $18.2 billion per Defense).

# %%
conflicts = found[(found["kind"] == "conflict") & found["claim_key"].str.startswith("us_")]
conflicts[["claim_key", "date", "surface", "org", "other_surface", "other_org", "gap", "severity"]].drop_duplicates(
    subset=["claim_key", "surface", "other_surface"])

# %%
claimsdata.plot_sources(claims, "us_pda_package_usd", articles=articles);
