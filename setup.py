"""Package discovery: quiz.* plus the top-level templates/ and static/ mapped into it.

The design card keeps templates/ and static/ at the top of the repository; mapping them
to quiz.templates and quiz.static lets a non-editable install still find them.
"""

from setuptools import find_namespace_packages, setup

ASSET_DIRS = {"quiz.templates": "templates", "quiz.static": "static"}
# Files other than modules that the app reads at run time, per package. Package data lives
# here, not in pyproject.toml, which would override this table; tests/prod/test_install.py
# checks that every pattern matches a file and an installed copy has every file.
PACKAGE_DATA = {
    "quiz.questions.ingest": ["*.json"],
    "quiz.questions.facts": ["*.json"],
    "quiz.questions.distractors.banks": ["*.json", "README.md"],
    "quiz.demo": ["*.txt"],
    "quiz.migrations": ["*.ini", "*.mako", "README"],
    "quiz.cli": ["*.jinja"],
    "quiz.play.data": ["*.txt"],
}


def asset_packages() -> list[str]:
    """Every folder under templates/ and static/, named as a package of quiz."""
    names = []
    for package, folder in ASSET_DIRS.items():
        names.append(package)
        names += [f"{package}.{sub}" for sub in find_namespace_packages(where=folder)]
    return names


assets = asset_packages()
setup(
    packages=find_namespace_packages(include=["quiz", "quiz.*"]) + assets,
    package_dir=ASSET_DIRS,
    package_data={**{name: ["*"] for name in assets}, **PACKAGE_DATA},
)
